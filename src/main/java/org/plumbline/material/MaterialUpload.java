package org.plumbline.material;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrived, not yet read: its name as the browser sent it, its size, and its
 * content to stream from (an upload the server keeps on disk until the request ends).
 */
public record MaterialUpload(String fileName, long sizeBytes, InputStreamSource content) {

}
