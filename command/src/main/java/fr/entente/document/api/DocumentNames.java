package fr.entente.document.api;

import java.text.Normalizer;

import static fr.entente.document.api.DocumentRefusedException.refused;

/**
 * The name of a document or folder as the hub keeps it: what the person gave, normalised (NFC, so that an accent typed
 * on a Mac and on Windows is one name) and stripped; accents and spaces kept. A name that would climb out of its
 * folder or hide something is refused rather than mended, so that nobody finds a file under a name they did not give:
 * a slash or backslash (a path, {@code ../}), {@code .} or {@code ..}, any control or invisible formatting character
 * (a NUL, a line break, a right-to-left override that shows {@code exe.pdf} for {@code fdp.exe}).
 */
public final class DocumentNames {

    public static final int MOST = 200;

    private DocumentNames() {
    }

    public static String clean(String given) {
        if (given == null || given.isBlank()) {
            throw refused(DocumentRefusal.NAME_REQUIRED);
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC).strip();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (c == '/' || c == '\\' || type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw refused(DocumentRefusal.NAME_UNSAFE);
            }
        }
        if (name.equals(".") || name.equals("..")) {
            throw refused(DocumentRefusal.NAME_UNSAFE);
        }
        if (name.length() > MOST) {
            throw refused(DocumentRefusal.NAME_TOO_LONG, MOST);
        }
        return name;
    }
}
