package fr.entente.infra.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * Keeps the PDF renderer off the network and the file system. The documents carry people's text: a URL slipped into
 * one must not make the server fetch an internal address (SSRF) or read a local file into a PDF. Three locks, each
 * enough on its own: the URI resolver vetoes every URI but {@code data:}, the access controllers refuse the same
 * before and after resolution, and the stream factories of the usual protocols open nothing.
 */
final class OfflineResources {

    private static final Logger log = LoggerFactory.getLogger(OfflineResources.class);

    /** The protocols whose streams the renderer would otherwise open itself (then any other falls to java.net.URL). */
    static final String[] NETWORK_AND_FILE_PROTOCOLS = {"http", "https", "file", "jar", "ftp", "classpath"};

    private static final FSStream NOTHING = new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    private OfflineResources() {
    }

    /** The URI itself if it may be read, null (the renderer's veto) otherwise. */
    static String resolve(String baseUri, String uri) {
        if (uri != null && isData(uri)) {
            return uri;
        }
        log.debug("Refused to load {} into a PDF", uri);
        return null;
    }

    static boolean allows(String uri, ExternalResourceType type) {
        return uri != null && isData(uri);
    }

    static FSStream refuse(String url) {
        log.warn("Refused to open {} for a PDF", url);
        return NOTHING;
    }

    private static boolean isData(String uri) {
        return uri.strip().toLowerCase(Locale.ROOT).startsWith("data:");
    }
}
