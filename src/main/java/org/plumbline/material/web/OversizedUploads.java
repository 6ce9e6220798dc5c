package org.plumbline.material.web;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.MaterialFiles;
import org.plumbline.material.MaterialTalk;
import org.plumbline.material.TalkMaterials;
import org.plumbline.validation.FormErrors;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file so far over the limit that the server stopped reading it (beyond the multipart
 * limits of {@link UploadLimits}): the container refuses the whole request with 413
 * before any controller runs, even before its CSRF token is read. For the materials
 * page's file form, the answer is that page again, with the limit beside the file field,
 * for whoever may manage the talk; any other request keeps the site's error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedUploads implements ErrorViewResolver {

	private static final Pattern FILE_FORM = Pattern.compile("/manage/([^/]+)/talks/(\\d{1,18})/materials/files");

	private final EventCatalog events;

	private final TalkMaterials materials;

	private final MaterialFiles files;

	OversizedUploads(EventCatalog events, TalkMaterials materials, MaterialFiles files) {
		this.events = events;
		this.materials = materials;
		this.files = files;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE
				|| !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
			return null;
		}
		Matcher form = FILE_FORM.matcher(uri);
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (!form.matches() || signedIn == null || !(signedIn.getPrincipal() instanceof SignedInAccount me)) {
			return null;
		}
		Optional<Event> event = events.findBySlug(form.group(1));
		Optional<MaterialTalk> talk = event
			.flatMap(found -> materials.managedTalk(me.id(), found.id(), Long.parseLong(form.group(2))));
		if (talk.isEmpty()) {
			return null;
		}
		String message = files.tooLarge("The file was too large for the server to read");
		ModelAndView page = new ModelAndView("material/materials", status);
		page.addObject("page", new MaterialsPage(event.get(), talk.get(), materials.ofTalk(talk.get()),
				files.maxFileSize(), MaterialForms.file(FormErrors.field("file", message), "", false)));
		page.addObject("csrf", request.getAttribute(CsrfToken.class.getName()));
		page.addObject("notice", null);
		return page;
	}

}
