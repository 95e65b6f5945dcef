package org.uclg.carta.library.documents;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.files.FileRejectedException;
import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.library.resource.ResourceService;

/** Uploading, downloading and previewing the documents of a resource. */
@Controller
public class FileController {

    private final ResourceService service;
    private final ResourceFiles files;
    private final FileStorage storage;
    private final Languages languages;
    private final Thumbnails thumbnails;

    public FileController(
            ResourceService service,
            ResourceFiles files,
            FileStorage storage,
            Languages languages,
            Thumbnails thumbnails) {
        this.thumbnails = thumbnails;
        this.service = service;
        this.files = files;
        this.storage = storage;
        this.languages = languages;
    }

    @PostMapping("/{lang}/resources/{id}/files")
    public String upload(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String language,
            Actor user,
            RedirectAttributes redirect)
            throws IOException {
        if (!user.signedIn()) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in first");
        }
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("flashError", "file.empty");
        } else {
            try (InputStream in = file.getInputStream()) {
                service.attach(
                        id, in, file.getOriginalFilename(), languages.supports(language) ? language : null, user);
                redirect.addFlashAttribute("flash", "library.flash.fileAdded");
            } catch (FileRejectedException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
            }
        }
        return "redirect:/" + lang + "/resources/" + id;
    }

    @PostMapping("/{lang}/resources/{id}/files/{fileId}/delete")
    public String remove(
            @PathVariable String lang,
            @PathVariable long id,
            @PathVariable long fileId,
            Actor user,
            RedirectAttributes redirect) {
        service.removeFile(id, fileId, user);
        redirect.addFlashAttribute("flash", "library.flash.fileRemoved");
        return "redirect:/" + lang + "/resources/" + id;
    }

    @PostMapping("/{lang}/resources/{id}/files/{fileId}/retry")
    public String retry(
            @PathVariable String lang,
            @PathVariable long id,
            @PathVariable long fileId,
            Actor user,
            RedirectAttributes redirect) {
        service.retryExtraction(id, fileId, user);
        redirect.addFlashAttribute("flash", "library.flash.retry");
        return "redirect:/" + lang + "/resources/" + id;
    }

    @GetMapping("/{lang}/resources/{id}/files/{fileId}")
    public ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId, Actor viewer)
            throws IOException {
        ResourceFile file = visibleFile(id, fileId, viewer);
        String type = new org.uclg.carta.kit.files.StoredFile(
                        file.storageKey(), "", file.contentType(), 0, file.originalName())
                .safeContentType();
        boolean inline = !type.equals(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(file.originalName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(storage.open(file.storageKey())));
    }

    @GetMapping("/{lang}/resources/{id}/files/{fileId}/thumbnail.png")
    public ResponseEntity<InputStreamResource> thumbnail(@PathVariable long id, @PathVariable long fileId, Actor viewer)
            throws IOException {
        boolean published = service.visible(id, viewer).published();
        ResourceFile file = files.find(fileId, id).orElseThrow(NotFoundException::new);
        String key = thumbnails.keyFor(file).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                // Only what anyone may see may sit in shared caches.
                .header(HttpHeaders.CACHE_CONTROL, published ? "public, max-age=86400" : "private, no-store")
                .body(new InputStreamResource(storage.open(key)));
    }

    private ResourceFile visibleFile(long id, long fileId, Actor viewer) {
        service.visible(id, viewer);
        return files.find(fileId, id).orElseThrow(NotFoundException::new);
    }
}
