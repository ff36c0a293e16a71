package fr.entente.web.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine, run in the page the browser shows, on the WCAG 2.0 and 2.1 A and AA rules.
 * It comes from the npm registry (src/test/browser/package.json pins it; the build installs it).
 */
public final class Axe {

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    /** A rule the page breaks, where, and how badly. */
    public record Violation(String id, String impact, String help, List<String> targets) {

        public boolean isSeriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + targets;
        }
    }

    private Axe() {
    }

    /** Every violation on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(source());
        Map<String, Object> results = (Map<String, Object>) page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r), e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        return violations.stream().map(Axe::violation).toList();
    }

    @SuppressWarnings("unchecked")
    private static Violation violation(Map<String, Object> raw) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) raw.get("nodes");
        List<String> targets = nodes.stream().map(node -> String.valueOf(node.get("target"))).toList();
        return new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"), targets);
    }

    private static String source() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not installed (mvn installs it from src/test/browser/package.json)", e);
        }
    }
}
