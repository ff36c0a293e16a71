package fr.entente.web.document;

import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.query.VersionView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Set;

/**
 * A thumbnail of a version, {@value #WIDTH} pixels wide, as a PNG: a PDF's first page rendered by PDFBox, an image
 * scaled in Java. Made when asked, from the stored bytes copied to a temporary file (PDFBox then reads the file, not
 * the heap, and keeps its caches on disk too), and nothing else is read: no converter runs, nothing is fetched. An
 * image over {@value #MOST_PIXELS} pixels is not decoded (a decompression bomb), and a file that cannot be read as a
 * PDF or an image has no preview ({@link DocumentRefusal#PREVIEW_UNAVAILABLE}).
 */
@Component
public class DocumentPreviews {

    static final int WIDTH = 200;
    static final long MOST_PIXELS = 50_000_000L;
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif");

    private final DocumentFiles files;

    DocumentPreviews(DocumentFiles files) {
        this.files = files;
    }

    public static boolean previewable(String contentType) {
        return "application/pdf".equals(baseOf(contentType)) || IMAGES.contains(baseOf(contentType));
    }

    /** The PNG thumbnail of this version, or the refusal saying it has none. */
    public byte[] thumbnail(VersionView version) {
        String type = baseOf(version.file().contentType());
        if (!previewable(type)) {
            throw unavailable();
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("entente-apercu-", ".bin");
            try (InputStream bytes = files.open(version.file().fileId())) {
                Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            BufferedImage image = "application/pdf".equals(type) ? firstPage(copy) : image(copy);
            return png(scaled(image));
        } catch (IOException | RuntimeException unreadable) {
            throw unavailable();
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind; the system's cleaner takes it
                }
            }
        }
    }

    private static BufferedImage firstPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), null, null, null,
                                                  IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("a PDF without pages");
            }
            PDRectangle page = document.getPage(0).getCropBox();
            float scale = WIDTH / Math.max(1f, page.getWidth());
            return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        }
    }

    private static BufferedImage image(Path file) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MOST_PIXELS) {
                    throw new IOException("an image too large to decode");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int height = Math.max(1, Math.round(image.getHeight() * (WIDTH / (float) image.getWidth())));
        BufferedImage thumbnail = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, height);
            graphics.drawImage(image, 0, 0, WIDTH, height, null);
        } finally {
            graphics.dispose();
        }
        return thumbnail;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static DocumentRefusedException unavailable() {
        return DocumentRefusedException.refused(DocumentRefusal.PREVIEW_UNAVAILABLE);
    }
}
