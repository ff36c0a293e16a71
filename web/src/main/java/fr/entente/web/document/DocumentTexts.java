package fr.entente.web.document;

import fr.entente.document.api.StoredFile;
import fr.entente.document.query.DocumentTextSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of a stored file, for the search index, read from its bytes in GridFS with what the hub already carries
 * (no converter runs, nothing is fetched): a PDF's text by PDFBox (from a temporary copy, its caches on disk); the text
 * of an office file of the Open XML (docx, xlsx, pptx) or OpenDocument (odt, ods, odp) families from its XML parts, read
 * as a stream (the file a ZIP read entry by entry, the XML with StAX, external entities off); a text file as UTF-8. The
 * type is the one Tika detected at upload. At most {@value #MOST} characters; anything unreadable gives an empty text.
 */
@Component
class DocumentTexts implements DocumentTextSource {

    static final int MOST = 200_000;
    private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);

    private final DocumentFiles files;
    private final XMLInputFactory xml = XMLInputFactory.newFactory();

    DocumentTexts(DocumentFiles files) {
        this.files = files;
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public String textOf(StoredFile file) {
        String type = file.contentType() == null ? "" : file.contentType().split(";")[0].strip();
        try {
            if (type.equals("application/pdf")) {
                return pdf(file);
            }
            if (type.startsWith("application/vnd.openxmlformats-officedocument.")
                || type.startsWith("application/vnd.oasis.opendocument.")) {
                return office(file);
            }
            if (type.startsWith("text/")) {
                try (Reader reader = new InputStreamReader(files.open(file.fileId()), StandardCharsets.UTF_8)) {
                    char[] text = new char[MOST];
                    int read = reader.read(text, 0, MOST);
                    return read <= 0 ? "" : new String(text, 0, read);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            log.info("No text read from a stored file of type {}: {}", type, unreadable.toString());
        }
        return "";
    }

    private String pdf(StoredFile file) throws IOException {
        Path copy = Files.createTempFile("entente-texte-", ".pdf");
        try {
            try (InputStream bytes = files.open(file.fileId())) {
                Files.copy(bytes, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(copy.toFile()), null, null, null,
                                                      IOUtils.createTempFileOnlyStreamCache())) {
                String text = new PDFTextStripper().getText(document);
                return text.length() > MOST ? text.substring(0, MOST) : text;
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The text nodes of the XML parts that hold a document's words (body, sheets' strings, slides; ODF content). */
    private String office(StoredFile file) throws IOException, XMLStreamException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(files.open(file.fileId()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && text.length() < MOST) {
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.equals("xl/sharedStrings.xml")
                    || (name.startsWith("ppt/slides/slide") && name.endsWith(".xml")) || name.equals("content.xml")) {
                    words(zip, text);
                }
            }
        }
        return text.length() > MOST ? text.substring(0, MOST) : text.toString();
    }

    private void words(InputStream part, StringBuilder text) throws XMLStreamException {
        XMLStreamReader reader = xml.createXMLStreamReader(new java.io.FilterInputStream(part) {
            @Override
            public void close() {
                // the ZIP goes on to its next entry
            }
        });
        try {
            while (reader.hasNext() && text.length() < MOST) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("p") || element.equals("si") || element.equals("h")) {
                        text.append('\n');
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("tab")) {
                    text.append(' ');
                }
            }
        } finally {
            reader.close();
        }
    }
}
