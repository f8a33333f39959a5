package org.lurewatch.graphql.storedanswers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes everything through to the client unchanged and keeps a copy of the body, up to a limit.
 * The client never waits for the copy, and an answer written later (asynchronously) still
 * reaches it: only the copy is lost then.
 */
final class TeeResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(1024);
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    TeeResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The body written so far, or null when it grew past the limit. */
    byte[] copy() {
        if (writer != null) {
            writer.flush();
        }
        return overflowed ? null : copy.toByteArray();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (overflowed || copy.size() + length > limit) {
            overflowed = true;
            return;
        }
        copy.write(bytes, offset, length);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream target = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    target.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    target.write(b, off, len);
                    keep(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    target.flush();
                }

                @Override
                public boolean isReady() {
                    return target.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    target.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }
}
