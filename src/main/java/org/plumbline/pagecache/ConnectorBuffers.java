package org.plumbline.pagecache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The size of the buffer each connection writes its answer through. Tomcat's default (8
 * KB) sends a kept page of 25–45 KB in several writes to the socket; a buffer that holds
 * the whole page sends it in one.
 */
@Component
class ConnectorBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final DataSize writeBuffer;

	ConnectorBuffers(@Value("${plumbline.server.socket-write-buffer}") DataSize writeBuffer) {
		this.writeBuffer = writeBuffer;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(
				connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes())));
	}

}
