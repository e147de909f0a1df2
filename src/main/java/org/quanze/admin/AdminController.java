package org.quanze.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.Principal;
import java.util.Map;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administration pages: upload, preview and confirm; reload; backups; the change log. */
@Controller
@ConditionalOnProperty(prefix = "quanze.admin", name = {"username", "password"})
record AdminController(Administration admin, PageQueries queries) {

    static final String VIEW = "admin";
    static final String PREVIEW = "admin-preview";

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("backups", admin.backups());
        model.addAttribute("changes", queries.list("admin-changes", Map.of(), ChangeRow.class));
        model.addAttribute("graphs", queries.list("admin-graphs", Map.of(), GraphRow.class));
        return VIEW;
    }

    @PostMapping("/admin/uploads")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("preview", admin.stage(file.getOriginalFilename(), in));
        }
        return PREVIEW;
    }

    @GetMapping("/admin/uploads/{id}")
    String preview(@PathVariable String id, Model model) {
        model.addAttribute("preview", admin.find(id).orElseThrow(() -> new NotFoundException("upload " + id)));
        return PREVIEW;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", e.getMessage());
        return dashboard(model);
    }

    /** A remote store that refused a write: the dashboard says which graph or rule, and the store's own words. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.quanze.store.StoreUnavailableException.class)
    String storeRefused(org.quanze.store.StoreUnavailableException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("problem", e.getMessage());
        return dashboard(model);
    }

    @PostMapping("/admin/uploads/{id}/confirm")
    String confirm(@PathVariable String id, Principal who, RedirectAttributes redirect) {
        var preview = admin.find(id).orElseThrow(() -> new NotFoundException("upload " + id));
        var report = admin.confirm(preview.upload(), who.getName());
        redirect.addFlashAttribute("done", report.hasFailures() ? "admin.done.refused" : "admin.done.loaded");
        redirect.addFlashAttribute("doneFile", preview.upload().fileName());
        return "redirect:/admin";
    }

    @PostMapping("/admin/uploads/{id}/discard")
    String discard(@PathVariable String id, RedirectAttributes redirect) {
        admin.find(id).ifPresent(p -> admin.discard(p.upload()));
        redirect.addFlashAttribute("done", "admin.done.discarded");
        return "redirect:/admin";
    }

    @PostMapping("/admin/reload")
    String reload(Principal who, RedirectAttributes redirect) {
        var report = admin.reload(who.getName());
        redirect.addFlashAttribute("done", report.hasFailures() ? "admin.done.refused" : "admin.done.reloaded");
        return "redirect:/admin";
    }

    @PostMapping("/admin/backups")
    String backup(RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", "admin.done.backup");
        redirect.addFlashAttribute("doneFile", admin.backup());
        return "redirect:/admin";
    }

    @GetMapping("/admin/backups/{name}")
    void download(@PathVariable String name, HttpServletResponse response) throws IOException {
        var file = admin.backupFile(name).orElseThrow(() -> new NotFoundException("backup " + name));
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        Files.copy(file, response.getOutputStream());
    }

    @PostMapping("/admin/backups/{name}/restore")
    String restore(@PathVariable String name, Principal who, RedirectAttributes redirect) {
        admin.backupFile(name).orElseThrow(() -> new NotFoundException("backup " + name));
        admin.restore(name, who.getName());
        redirect.addFlashAttribute("done", "admin.done.restored");
        redirect.addFlashAttribute("doneFile", name);
        return "redirect:/admin";
    }
}
