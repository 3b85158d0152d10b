package org.coshape.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.coshape.io.AtomicFiles;
import org.coshape.io.Sha256;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;

/**
 * Writes a JFreeChart in the formats a paper needs: PNG for screens, SVG (Apache Batik) and PDF
 * (Apache PDFBox through pdfbox-graphics2d) as vector graphics. All three back ends are
 * Apache-2.0 licensed. Each file is written atomically.
 */
public final class ChartFiles {
    private ChartFiles() {}

    /**
     * Writes {@code base}.png/.svg/.pdf for the requested formats, {@code width} x {@code height}
     * points (the PNG at twice that in pixels), and returns the files written.
     */
    static List<Path> write(JFreeChart chart, Path base, List<String> formats, int width, int height) {
        List<Path> written = new ArrayList<>();
        for (String f : formats) {
            Path file = base.resolveSibling(base.getFileName() + "." + f);
            switch (f) {
                case "png" ->
                    AtomicFiles.write(file, out -> ChartUtils.writeScaledChartAsPNG(out, chart, width, height, 2, 2));
                case "svg" -> AtomicFiles.write(file, out -> out.write(svg(chart, width, height)));
                case "pdf" -> AtomicFiles.write(file, out -> out.write(pdf(chart, width, height)));
                default -> throw new IllegalArgumentException("unknown chart format " + f);
            }
            written.add(file);
        }
        return written;
    }

    static byte[] svg(JFreeChart chart, int width, int height) throws IOException {
        DOMImplementation dom;
        try {
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        Document doc = dom.createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle(0, 0, width, height));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            g.stream(w, true);
        }
        g.dispose();
        // drop the DOCTYPE: it names an external DTD that XML tools would try to download
        String text = bytes.toString(StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE[^>]*>\\s*", "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(JFreeChart chart, int width, int height) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            chart.draw(g, new Rectangle(0, 0, width, height));
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            // PDFBox names a document by a hash of the time it is saved, so the same chart came out
            // as other bytes each time; a hash of its content names it instead (saved twice)
            identify(doc, new byte[16]);
            identify(doc, Arrays.copyOf(Sha256.digest().digest(saved(doc)), 16));
            return saved(doc);
        }
    }

    /** Sets the document's file identifier (the trailer's /ID, both parts). */
    private static void identify(PDDocument doc, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] saved(PDDocument doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }
}
