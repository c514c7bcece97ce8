package org.fachwerk.documents.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a file, by its kind (the file name's extension): PDF with PDFBox, Word and Excel (DOCX, XLSX) with
 * POI, e-mails (EML) with mime4j, plain text and CSV as UTF-8 (else Windows-1252). Other kinds have no text here.
 */
public final class TextExtraction {

    private TextExtraction() {
    }

    /** Whether the file's kind has a text this class can read. */
    public static boolean canRead(String fileName) {
        return switch (extension(fileName)) {
        case "pdf", "docx", "xlsx", "txt", "csv", "eml" -> true;
        default -> false;
        };
    }

    /** The text of the file; empty for kinds without one. Reads the stream to its end. */
    public static String of(InputStream in, String fileName) throws IOException {
        return switch (extension(fileName)) {
        case "pdf" -> {
            try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                yield new PDFTextStripper().getText(document);
            }
        }
        case "docx" -> {
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
                yield extractor.getText();
            }
        }
        case "xlsx" -> {
            try (XSSFExcelExtractor extractor = new XSSFExcelExtractor(new XSSFWorkbook(in))) {
                yield extractor.getText();
            }
        }
        case "txt", "csv" -> plainText(in.readAllBytes());
        case "eml" -> mail(in);
        default -> {
            in.transferTo(OutputStreamNull.INSTANCE);
            yield "";
        }
        };
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String plainText(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Sender, recipients, subject and the text parts of an e-mail. */
    private static String mail(InputStream in) throws IOException {
        Message message = new DefaultMessageBuilder().parseMessage(in);
        StringBuilder text = new StringBuilder();
        if (message.getFrom() != null) {
            text.append(message.getFrom()).append('\n');
        }
        if (message.getTo() != null) {
            text.append(message.getTo()).append('\n');
        }
        if (message.getSubject() != null) {
            text.append(message.getSubject()).append('\n');
        }
        appendText(message, text);
        message.dispose();
        return text.toString();
    }

    private static void appendText(Entity entity, StringBuilder text) throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                appendText(part, text);
            }
        } else if (body instanceof Message inner) {
            appendText(inner, text);
        } else if (body instanceof TextBody textBody && entity.getMimeType().startsWith("text/")) {
            try (InputStream part = textBody.getInputStream()) {
                String charset = entity.getCharset() == null ? "UTF-8" : entity.getCharset();
                text.append(new String(part.readAllBytes(), Charset.isSupported(charset) ? Charset.forName(charset)
                        : StandardCharsets.UTF_8)).append('\n');
            }
        }
    }

    /** Where bytes go that have no text. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
            // dropped
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // dropped
        }
    }
}
