package fr.entente.web.pages;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What people write in Markdown (minutes, and the forum's posts), as HTML safe to show anywhere: pages, PDFs, e-mails.
 * Parsed by commonmark-java (GFM tables, links written as addresses), with any HTML typed in the text shown as text,
 * then cleaned by the OWASP Java HTML Sanitizer: only formatting, blocks, lists, tables and http(s) or mailto links
 * (which open nothing in the page's name) pass. The text's headings start below the page's own: a {@code #} of the
 * minutes is a level-3 heading under the page's "Texte".
 */
@Component
public class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final int FIRST_HEADING_LEVEL = 3;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                         .allowElements("pre", "code", "hr", "br", "del")
                         .allowElements("a").allowAttributes("href").onElements("a")
                         .allowUrlProtocols("https", "http", "mailto")
                         .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                         .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ShiftedHeadings::new)
            .build();

    /** The text as clean HTML; an empty string for no text. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }

    /** Headings below the page's own, never deeper than {@code h6}. */
    private static final class ShiftedHeadings implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ShiftedHeadings(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            String tag = "h" + Math.min(6, ((Heading) node).getLevel() + FIRST_HEADING_LEVEL - 1);
            html.line();
            html.tag(tag, Map.of());
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
