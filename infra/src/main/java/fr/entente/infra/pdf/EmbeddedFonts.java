package fr.entente.infra.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * The four faces of Liberation Sans (SIL Open Font License), from the {@code openpdf-fonts-extra} jar on the classpath.
 * The base-14 PDF fonts have no glyph for "’" or "·", and a PDF/A embeds every font anyway. Read once, kept in memory
 * (1.6 MB), subset into each PDF.
 */
final class EmbeddedFonts {

    static final String FAMILY = "Liberation Sans";

    private record Face(byte[] bytes, int weight, FontStyle style) {
    }

    private final List<Face> faces;

    private EmbeddedFonts(List<Face> faces) {
        this.faces = faces;
    }

    static EmbeddedFonts load() {
        return new EmbeddedFonts(List.of(face("Regular", 400, FontStyle.NORMAL), face("Bold", 700, FontStyle.NORMAL),
                                         face("Italic", 400, FontStyle.ITALIC), face("BoldItalic", 700, FontStyle.ITALIC)));
    }

    /**
     * Each face serves its own family name and, before the base-14 fonts, any other family (sans-serif, serif, Arial,
     * or none at all), so that no text falls back to a font without the glyphs or that cannot be embedded.
     */
    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true,
                            EnumSet.of(FSFontUseCase.DOCUMENT));
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true,
                            EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
    }

    private static Face face(String name, int weight, FontStyle style) {
        String resource = "/liberation/LiberationSans-" + name + ".ttf";
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the openpdf-fonts-extra jar must be on the classpath");
            }
            return new Face(in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
