package org.factlint.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body without ever holding more than the limit (chunked bodies have no length up front). */
final class BoundedBody {
    private BoundedBody() {}

    static byte[] read(InputStream in, long declaredLength, long limit) throws ApiException, IOException {
        if (declaredLength > limit) throw tooLarge(limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declaredLength, limit)));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) throw tooLarge(limit);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "request body too large (limit " + limit + " bytes)");
    }
}
