package org.uclg.carta.advocacy.endorsement;

import java.io.IOException;
import java.io.InputStream;

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
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.files.FileRejectedException;
import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.network.Directory;

/** Endorsing on behalf of a local government, and editors verifying, rejecting or withdrawing. */
@Controller
public class EndorsementController {

    private final Endorsements endorsements;
    private final CampaignService campaigns;
    private final AdvocacyPermissions permissions;
    private final Directory directory;
    private final FileStorage files;

    public EndorsementController(
            Endorsements endorsements,
            CampaignService campaigns,
            AdvocacyPermissions permissions,
            Directory directory,
            FileStorage files) {
        this.endorsements = endorsements;
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.directory = directory;
        this.files = files;
    }

    @GetMapping("/{lang}/campaigns/{id}/endorse")
    public String form(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        AdvocacyPermissions.require(permissions.mayPropose(user), "Representatives endorse");
        EndorsementForm form = new EndorsementForm();
        form.setLocalGovernmentId(user.localGovernments().iterator().next());
        return page(model, campaigns.visible(id, user), form, new FieldErrors(), user);
    }

    @PostMapping("/{lang}/campaigns/{id}/endorse")
    public String endorse(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EndorsementForm form,
            BindingResult binding,
            @RequestParam(name = "decision", required = false) MultipartFile decision,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        AdvocacyPermissions.require(permissions.mayPropose(user), "Representatives endorse");
        CampaignView c = campaigns.visible(id, user);
        if (form.getLocalGovernmentId() != null && !user.represents(form.getLocalGovernmentId())) {
            FormFlow.reject(binding, "localGovernmentId", "validation.choice");
        }
        try {
            return FormFlow.submit(
                    binding,
                    (errors, conflict) -> page(model, c, form, errors, user),
                    redirect,
                    "campaigns.endorsed",
                    () -> {
                        try (InputStream in =
                                decision == null || decision.isEmpty() ? null : decision.getInputStream()) {
                            Endorsements.Document doc =
                                    in == null ? null : new Endorsements.Document(decision.getOriginalFilename(), in);
                            endorsements.endorse(id, form.toRequest(), doc, user);
                        } catch (FileRejectedException e) {
                            throw new org.uclg.carta.kit.web.InvalidInputException(
                                    java.util.Map.of("decision", e.messageKey()));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return "/" + lang + "/campaigns/" + id + "#endorse";
                    });
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/" + lang + "/campaigns/" + id;
        }
    }

    @PostMapping("/{lang}/campaigns/endorsements/{eid}/{action:verify|reject|withdraw}")
    public String review(
            @PathVariable String lang,
            @PathVariable long eid,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String reason,
            Actor user,
            RedirectAttributes redirect) {
        EndorsementView e = endorsements.find(eid);
        try {
            switch (action) {
                case "verify" -> endorsements.verify(eid, user);
                case "reject" -> {
                    String why = reason.strip();
                    if (why.isEmpty() || why.length() > 1_000) {
                        redirect.addFlashAttribute("flashError", "campaigns.error.reason");
                        return "redirect:/" + lang + "/campaigns/" + e.campaignId() + "/manage";
                    }
                    endorsements.reject(eid, why, user);
                }
                default -> endorsements.withdraw(eid, user);
            }
            redirect.addFlashAttribute("flash", "campaigns.endorsementDone." + action);
        } catch (WorkflowException ex) {
            redirect.addFlashAttribute("flashError", ex.messageKey());
        }
        return "redirect:/" + lang + "/campaigns/" + e.campaignId()
                + (action.equals("withdraw") && !permissions.isEditor(user) ? "#endorse" : "/manage");
    }

    /** The council decision, for everyone once verified; before, for editors and the local government. */
    @GetMapping("/{lang}/campaigns/endorsements/{eid}/decision")
    public ResponseEntity<InputStreamResource> decision(@PathVariable String lang, @PathVariable long eid, Actor user)
            throws IOException {
        EndorsementView e = endorsements.find(eid);
        String key = endorsements.decisionFileKey(eid, user).orElseThrow(NotFoundException::new);
        String name = e.decisionFileName() == null ? "decision" : e.decisionFileName();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(key)));
    }

    private String page(Model model, CampaignView c, EndorsementForm form, FieldErrors errors, Actor user) {
        model.addAttribute("campaign", c);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mine", directory.findAll(user.localGovernments()));
        model.addAttribute("taking", c.taking(campaigns.today()));
        return "advocacy/endorse";
    }
}
