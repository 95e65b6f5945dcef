package org.uclg.carta.advocacy.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.kit.files.FileRejectedException;
import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.PartnerView;

/** The secretariat's side of a partnership: agreements and focal points, under the partner's page. */
@Controller
class PartnershipController {

    private final Partnerships partnerships;
    private final Directory directory;
    private final AdvocacyPermissions permissions;
    private final FileStorage files;

    PartnershipController(
            Partnerships partnerships, Directory directory, AdvocacyPermissions permissions, FileStorage files) {
        this.partnerships = partnerships;
        this.directory = directory;
        this.permissions = permissions;
        this.files = files;
    }

    @GetMapping("/{lang}/network/partners/{id}/partnership")
    String manage(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        permissions.requireEditor(user);
        return manage(model, partner(id), new FocalPointForm(), new FieldErrors(), user);
    }

    @PostMapping("/{lang}/network/partners/{id}/focal-points")
    String addFocalPoint(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") FocalPointForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        permissions.requireEditor(user);
        PartnerView p = partner(id);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> manage(model, p, form, errors, user),
                redirect,
                "partnerships.focalPointAdded",
                () -> {
                    partnerships.addFocalPoint(
                            id, form.getName().strip(), form.getRole().strip(), form.getEmail(), form.getPhone(), user);
                    return "/" + lang + "/network/partners/" + id + "/partnership";
                });
    }

    @PostMapping("/{lang}/partnerships/focal-points/{fid}/delete")
    String removeFocalPoint(
            @PathVariable String lang, @PathVariable long fid, Actor user, RedirectAttributes redirect) {
        long partnerId = partnerships.removeFocalPoint(fid, user);
        redirect.addFlashAttribute("flash", "partnerships.focalPointRemoved");
        return "redirect:/" + lang + "/network/partners/" + partnerId + "/partnership";
    }

    @GetMapping("/{lang}/network/partners/{id}/agreements/new")
    String newForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        permissions.requireEditor(user);
        return form(model, partner(id), new AgreementForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/network/partners/{id}/agreements/new")
    String create(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            @RequestParam(name = "document", required = false) MultipartFile document,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        permissions.requireEditor(user);
        PartnerView p = partner(id);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, p, form, errors, null, conflict),
                redirect,
                "partnerships.saved",
                () -> {
                    withUpload(document, upload -> partnerships.record(id, form.toData(), upload, user));
                    return "/" + lang + "/network/partners/" + id + "/partnership";
                });
    }

    @GetMapping("/{lang}/partnerships/agreements/{aid}/edit")
    String editForm(@PathVariable String lang, @PathVariable long aid, Actor user, Model model) {
        permissions.requireEditor(user);
        Agreement a = partnerships.agreement(aid);
        return form(model, partner(a.partnerId()), AgreementForm.of(a), new FieldErrors(), a, false);
    }

    @PostMapping("/{lang}/partnerships/agreements/{aid}/edit")
    String update(
            @PathVariable String lang,
            @PathVariable long aid,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            @RequestParam(name = "document", required = false) MultipartFile document,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        permissions.requireEditor(user);
        Agreement a = partnerships.agreement(aid);
        PartnerView p = partner(a.partnerId());
        return FormFlow.submit(
                binding,
                (errors, conflict) -> {
                    if (conflict) {
                        // Saving again after review applies to the version now stored.
                        form.setVersion(partnerships.agreement(aid).version());
                    }
                    return form(model, p, form, errors, a, conflict);
                },
                redirect,
                "partnerships.saved",
                () -> {
                    withUpload(document, upload -> {
                        partnerships.update(aid, form.getVersion(), form.toData(), upload, form.isDropDocument(), user);
                        return aid;
                    });
                    return "/" + lang + "/network/partners/" + p.id() + "/partnership";
                });
    }

    @PostMapping("/{lang}/partnerships/agreements/{aid}/delete")
    String delete(@PathVariable String lang, @PathVariable long aid, Actor user, RedirectAttributes redirect)
            throws IOException {
        long partnerId = partnerships.delete(aid, user);
        redirect.addFlashAttribute("flash", "partnerships.deleted");
        return "redirect:/" + lang + "/network/partners/" + partnerId + "/partnership";
    }

    /** The signed agreement, public like the agreement itself; always a download. */
    @GetMapping("/{lang}/partnerships/agreements/{aid}/document")
    ResponseEntity<InputStreamResource> document(@PathVariable String lang, @PathVariable long aid) throws IOException {
        Agreement a = partnerships.agreement(aid);
        String key = partnerships.fileKey(aid).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(key)));
    }

    private interface Saving {
        long save(Partnerships.Upload upload) throws IOException;
    }

    /** Runs the save with the uploaded document, turning a refused file into a field error. */
    private static void withUpload(MultipartFile document, Saving saving) {
        if (document != null
                && document.isEmpty()
                && document.getOriginalFilename() != null
                && !document.getOriginalFilename().isBlank()) {
            throw new InvalidInputException(Map.of("document", "file.empty"));
        }
        try (InputStream in = document == null || document.isEmpty() ? null : document.getInputStream()) {
            saving.save(in == null ? null : new Partnerships.Upload(document.getOriginalFilename(), in));
        } catch (FileRejectedException e) {
            throw new InvalidInputException(Map.of("document", e.messageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PartnerView partner(long id) {
        return directory.partner(id).orElseThrow(NotFoundException::new);
    }

    private String manage(Model model, PartnerView p, FocalPointForm form, FieldErrors errors, Actor user) {
        model.addAttribute("partner", p);
        model.addAttribute("agreements", partnerships.agreements(p.id()));
        model.addAttribute("today", partnerships.today());
        model.addAttribute("focalPoints", partnerships.focalPoints(p.id(), user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "advocacy/partnership";
    }

    private String form(
            Model model, PartnerView p, AgreementForm form, FieldErrors errors, Agreement a, boolean conflict) {
        model.addAttribute("partner", p);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agreement", a);
        model.addAttribute("conflict", conflict);
        return "advocacy/agreementEdit";
    }
}
