package fr.entente.web.document;

import fr.entente.document.api.DocumentRefusal;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static fr.entente.document.api.DocumentRefusedException.refused;

/**
 * The type of a file from its first bytes (Tika's magic numbers, tika-core alone: no parser runs). The name is given
 * as a hint only, which Tika follows when it refines what the bytes say (a ZIP named {@code .docx} is a Word file)
 * and ignores when it contradicts them (a Windows program named {@code .pdf} stays a program). Programs are refused,
 * whatever their name.
 */
@Component
public class FileTypes {

    /** Programs and scripts a click could run, and their families. */
    private static final Set<MediaType> EXECUTABLES = Set.of(
            MediaType.application("x-msdownload"), MediaType.application("x-dosexec"),
            MediaType.application("x-executable"), MediaType.application("x-elf"),
            MediaType.application("x-sharedlib"), MediaType.application("x-mach-o"),
            MediaType.application("x-mach-o-executable"), MediaType.application("x-msdos-program"),
            MediaType.application("x-ms-installer"), MediaType.application("x-msi"),
            MediaType.application("java-vm"), MediaType.application("java-archive"),
            MediaType.application("x-sh"), MediaType.application("x-bat"),
            MediaType.application("vnd.microsoft.portable-executable"));

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    /**
     * The type of the file whose bytes {@code bytes} starts with; the stream must support mark and reset, and is
     * left where it was. Refuses a program.
     */
    public MediaType detect(InputStream bytes, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type = types.detect(bytes, metadata);
        if (isExecutable(type)) {
            throw refused(DocumentRefusal.EXECUTABLE_REFUSED, type.getBaseType().toString());
        }
        return type;
    }

    private boolean isExecutable(MediaType type) {
        for (MediaType step = type.getBaseType(); step != null; step = registry.getSupertype(step)) {
            if (EXECUTABLES.contains(step.getBaseType())) {
                return true;
            }
        }
        return false;
    }
}
