package org.plumbline.material.web;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.Material;
import org.plumbline.material.MaterialFiles;
import org.plumbline.material.MaterialNotFoundException;
import org.plumbline.material.MaterialTalk;
import org.plumbline.material.MaterialUpload;
import org.plumbline.material.TalkMaterials;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.FormVersions;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A talk's materials page, for its speakers, the leads of its MC and the organisers:
 * every material, private ones too, and forms to attach a file or a link, change one and
 * remove one. Anyone else is told the page does not exist. Each request checks the
 * asker's rights once, and hands the talk it got to the facade as their proof.
 */
@Controller
class MaterialPages {

	private static final String REFRESHED = " The page below is as it is now.";

	private final EventCatalog events;

	private final TalkMaterials materials;

	private final MaterialFiles files;

	MaterialPages(EventCatalog events, TalkMaterials materials, MaterialFiles files) {
		this.events = events;
		this.materials = materials;
		this.files = files;
	}

	@GetMapping("/manage/{event}/talks/{talk}/materials")
	String page(@PathVariable("event") String slug, @PathVariable("talk") long topicId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = event(slug);
		return page(event, talk(event, me, topicId), MaterialForms.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/talks/{talk}/materials/files")
	String addFile(@PathVariable("event") String slug, @PathVariable("talk") long topicId,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "private", required = false) String privateMaterial, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		MaterialTalk talk = talk(event, me, topicId);
		Material added;
		try {
			MaterialUpload upload = file == null ? null
					: new MaterialUpload(file.getOriginalFilename(), file.getSize(), file);
			added = files.addFile(talk, title, privateMaterial != null, upload);
		}
		catch (InvalidFields invalid) {
			return page(event, talk, MaterialForms.file(FormErrors.of(invalid), title, privateMaterial != null), csrf,
					model);
		}
		redirect.addFlashAttribute("notice", "Attached " + added.fileName() + ".");
		return "redirect:" + path(event, topicId);
	}

	@PostMapping("/manage/{event}/talks/{talk}/materials/links")
	String addLink(@PathVariable("event") String slug, @PathVariable("talk") long topicId,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "url", required = false) String url,
			@RequestParam(name = "private", required = false) String privateMaterial,
			@RequestParam(name = "video", required = false) String video, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		MaterialTalk talk = talk(event, me, topicId);
		Material added;
		try {
			added = video != null ? materials.addVideo(talk, title, url, privateMaterial != null)
					: materials.addLink(talk, title, url, privateMaterial != null);
		}
		catch (InvalidFields invalid) {
			return page(event, talk,
					MaterialForms.link(FormErrors.of(invalid), title, url, privateMaterial != null, video != null),
					csrf, model);
		}
		redirect.addFlashAttribute("notice",
				(video != null ? "Added the recording " : "Added the link ") + added.title() + ".");
		return "redirect:" + path(event, topicId);
	}

	@PostMapping("/manage/{event}/talks/{talk}/materials/{material}")
	String change(@PathVariable("event") String slug, @PathVariable("talk") long topicId,
			@PathVariable("material") long materialId, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "private", required = false) String privateMaterial, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		MaterialTalk talk = talk(event, me, topicId);
		int seen = FormVersions.required(version);
		Material changed;
		try {
			changed = materials.change(talk, materialId, seen, title, privateMaterial != null);
		}
		catch (InvalidFields invalid) {
			return page(event, talk,
					MaterialForms.change(materialId, FormErrors.of(invalid), title, privateMaterial != null), csrf,
					model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, talk, MaterialForms.whole(stale.getMessage() + REFRESHED), csrf, model);
		}
		catch (MaterialNotFoundException othersMaterial) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "Saved " + changed.title() + ".");
		return "redirect:" + path(event, topicId);
	}

	@PostMapping("/manage/{event}/talks/{talk}/materials/{material}/remove")
	String remove(@PathVariable("event") String slug, @PathVariable("talk") long topicId,
			@PathVariable("material") long materialId, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		MaterialTalk talk = talk(event, me, topicId);
		int seen = FormVersions.required(version);
		Material removed;
		try {
			removed = materials.remove(talk, materialId, seen);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, talk, MaterialForms.whole(stale.getMessage() + REFRESHED), csrf, model);
		}
		catch (MaterialNotFoundException othersMaterial) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "Removed " + removed.title() + ".");
		return "redirect:" + path(event, topicId);
	}

	private String page(Event event, MaterialTalk talk, MaterialForms forms, CsrfToken csrf, Model model) {
		model.addAttribute("page", new MaterialsPage(event, talk, materials.ofTalk(talk), files.maxFileSize(), forms));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "material/materials";
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private MaterialTalk talk(Event event, SignedInAccount me, long topicId) {
		return materials.managedTalk(me.id(), event.id(), topicId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static String path(Event event, long topicId) {
		return "/manage/" + event.slug() + "/talks/" + topicId + "/materials";
	}

}
