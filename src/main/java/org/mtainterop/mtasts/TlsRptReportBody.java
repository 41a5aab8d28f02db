package org.mtainterop.mtasts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;

/**
 * The JSON of a TLS-RPT report as received (RFC 8460 §5.3): gzip (magic {@code 1f 8b}, {@code
 * application/tlsrpt+gzip}) unpacked, at most a bound of bytes, or plain JSON as it came.
 */
final class TlsRptReportBody {
    private TlsRptReportBody() {
    }

    /** The JSON bytes of {@code body}; a gzip body that is no gzip, or unpacks past {@code maxBytes}, said why. */
    static byte[] json(byte[] body, int maxBytes) throws SaidIOException {
        return isGzip(body) ? gunzip(body, maxBytes) : body;
    }

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] body, int maxBytes) throws SaidIOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw new SaidIOException(Reason.of("TlsRptReport.gzipTooLarge", maxBytes));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (SaidIOException e) {
            throw e;
        } catch (IOException e) {
            throw new SaidIOException(Reason.of("TlsRptReport.notGzip", String.valueOf(e.getMessage())));
        }
    }
}
