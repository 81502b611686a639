package fr.spro.label.registry.web;

import fr.spro.label.registry.BadRegistryParameter;
import fr.spro.label.registry.Registry;
import fr.spro.label.registry.RegistryQuery;
import fr.spro.label.registry.RegistrySort;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The public registry pages: the search and one page per labelled structure (its verification URL). */
@Controller
class RegistryPagesController {

    static final String SEARCH_VIEW = "registry/searchRegistry";
    static final String STRUCTURE_VIEW = "registry/showStructure";
    static final String ERROR_VIEW = "error";

    private final Registry registry;

    RegistryPagesController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/registre")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String territory,
                  @RequestParam(required = false) String network, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String size, Model model) {
        RegistryQuery query = RegistryQuery.parse(q, territory, network, status, sort, page, size);
        model.addAttribute("view", new SearchView(registry.search(query)));
        model.addAttribute("territories", Territory.values());
        model.addAttribute("networks", Network.values());
        model.addAttribute("statuses", RegistryStatus.values());
        model.addAttribute("sorts", RegistrySort.values());
        return SEARCH_VIEW;
    }

    @GetMapping("/registre/{structureId}")
    String structure(@PathVariable String structureId, Model model) {
        model.addAttribute("entry", registry.find(structureId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("verificationUrl", registry.verificationUrl(structureId));
        return STRUCTURE_VIEW;
    }

    /** A search the page cannot run: a 400 page that names the parameter, in the visitor's language. */
    @ExceptionHandler(BadRegistryParameter.class)
    ModelAndView badParameter(BadRegistryParameter refused) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("badParameter", refused.parameter());
        page.addObject("badValue", refused.value());
        return page;
    }
}
