package fr.entente.infra.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a well-formed XHTML document (the web module's Thymeleaf templates produce it) to a PDF: PDF/A-3a, tagged
 * for screen readers (PDF/UA), every glyph from the embedded Liberation fonts, so that French text (é, œ, « », ’, ·, €)
 * prints the same on any machine.
 * <p>
 * The document's {@code <title>} becomes the PDF's title, {@code <meta name="subject" content="…"/>} its description
 * and {@code <html lang="…">} its language: a template sets all three (PDF/UA asks for them). Any font family, or none, is drawn with Liberation Sans ({@value EmbeddedFonts#FAMILY}).
 * <p>
 * The documents carry people's text, so the renderer loads nothing from outside: no URL is ever fetched (http, file,
 * jar…), only {@code data:} URIs are read; a refused image is left out of the page ({@link OfflineResources}).
 * Stylesheets belong in a {@code <style>} element and images in {@code data:} URIs.
 */
@Component
public class HtmlToPdf {

    /** The PDF/A colour space, from the Java runtime: nothing to download or ship. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final EmbeddedFonts fonts = EmbeddedFonts.load();

    /**
     * @param xhtml a well-formed XHTML document
     * @return the PDF's bytes
     * @throws IllegalArgumentException if the document is not well-formed XML
     */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                // no base URI: a relative URL resolves to nothing
                .withHtmlContent(xhtml, null)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB_PROFILE)
                .withProducer("Entente")
                .useUriResolver(OfflineResources::resolve)
                .useExternalResourceAccessControl(OfflineResources::allows, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(OfflineResources::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(OfflineResources::refuse, OfflineResources.NETWORK_AND_FILE_PROTOCOLS)
                .toStream(pdf);
        fonts.registerWith(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (isXmlParseError(e)) {
                throw new IllegalArgumentException("The document is not well-formed XHTML: " + e.getMessage(), e);
            }
            throw e;
        }
        return pdf.toByteArray();
    }

    private static boolean isXmlParseError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.xml.sax.SAXException || cause instanceof javax.xml.transform.TransformerException) {
                return true;
            }
        }
        return false;
    }
}
