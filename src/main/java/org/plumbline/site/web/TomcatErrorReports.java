package org.plumbline.site.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;
import org.plumbline.account.SecurityConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Tomcat rejects before Spring sees them (a {@code %00} or an encoded
 * {@code ../} in the path, a request line with an invalid character...) are answered by
 * the host's error report valve, never by the site's error pages nor Spring Security's
 * header writers. This puts {@link SiteErrorReportValve} in its place: a short plain-text
 * body ("400 Bad Request"), or problem+json to a client that asks for JSON, no report, no
 * server information, and the security headers that Spring Security writes on every other
 * response, Strict-Transport-Security included when the browser came over HTTPS.
 *
 * <p>
 * Boot adds its own {@link ErrorReportValve} to the host in a context customizer, and the
 * host adds one of the {@linkplain StandardHost#setErrorReportValveClass configured
 * class} when it starts unless its pipeline has one already. So the replacement happens
 * just before the host starts, after every customizer ran.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
				host.addLifecycleListener(event -> {
					if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
						useOnlyTheSiteValve(host.getPipeline());
					}
				});
			}
		});
	}

	private static void useOnlyTheSiteValve(Pipeline pipeline) {
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof SiteErrorReportValve)) {
				pipeline.removeValve(valve);
			}
		}
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof SiteErrorReportValve) {
				return;
			}
		}
		pipeline.addValve(new SiteErrorReportValve());
	}

	/**
	 * The error report for what Tomcat answers itself: the status in plain text (or
	 * problem+json) and the site's security headers. Public with a public constructor, as
	 * the host may create it from its class name.
	 */
	public static final class SiteErrorReportValve extends ErrorReportValve {

		/**
		 * The headers Spring Security writes on every response the application answers.
		 */
		static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy",
				SecurityConfiguration.CONTENT_SECURITY_POLICY, "X-Content-Type-Options", "nosniff", "Referrer-Policy",
				"strict-origin-when-cross-origin", "X-Frame-Options", "DENY");

		public SiteErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			// As ErrorReportValve: only an error status, with nothing written yet,
			// reported once.
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				SECURITY_HEADERS.forEach(response::setHeader);
				if (request.isSecure() || forwardedOverHttps(request)) {
					response.setHeader("Strict-Transport-Security", SecurityConfiguration.STRICT_TRANSPORT_SECURITY);
				}
				boolean problem = Problems.wantedBy(request);
				response.setContentType(problem ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : "text/plain");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(problem
							? JsonMapper.shared().writeValueAsString(Problems.forStatus(HttpStatusCode.valueOf(status)))
							: text(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone or the response was committed meanwhile: nothing
				// more to say.
			}
		}

		/**
		 * Whether a proxy that the engine's {@link RemoteIpValve} trusts says the browser
		 * came over HTTPS. A request that Tomcat refuses before its engine's valves run
		 * is not marked secure by that valve, so its judgement is repeated here: the same
		 * header, from the same internal proxies.
		 */
		private boolean forwardedOverHttps(Request request) {
			Container host = getContainer();
			if (host == null || host.getParent() == null) {
				return false;
			}
			for (Valve valve : host.getParent().getPipeline().getValves()) {
				if (valve instanceof RemoteIpValve remoteIp && remoteIp.getInternalProxies() != null
						&& request.getRemoteAddr() != null
						&& request.getRemoteAddr().matches(remoteIp.getInternalProxies())) {
					return remoteIp.getProtocolHeaderHttpsValue()
						.equalsIgnoreCase(request.getHeader(remoteIp.getProtocolHeader()));
				}
			}
			return false;
		}

		static String text(int status) {
			HttpStatus known = HttpStatus.resolve(status);
			return status + " " + (known != null ? known.getReasonPhrase() : "Error") + "\n";
		}

	}

}
