package org.ieum.library.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.validation.Valid;

import org.ieum.identity.StaffCenter;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookDetails;
import org.ieum.library.books.Isbn;
import org.ieum.library.lending.Lending;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue in the back office: the list, adding a book by ISBN, a book with its copies, and the lending rules. */
@Controller
@RequestMapping("/admin/library")
class LibraryAdminController {

	private final DeskQueries queries;
	private final Catalogue catalogue;
	private final Lending lending;

	LibraryAdminController(DeskQueries queries, Catalogue catalogue, Lending lending) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.lending = lending;
	}

	@GetMapping
	String list(StaffCenter center, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("books", queries.catalogue(center.id(), q, page));
		model.addAttribute("q", q == null ? "" : q);
		return "library/admin/list";
	}

	@GetMapping("/books/new")
	String newBook(StaffCenter center, Model model) {
		model.addAttribute("bookForm", new BookForm());
		return "library/admin/new";
	}

	@PostMapping("/books/new")
	String addBook(StaffCenter center, @Valid @ModelAttribute("bookForm") BookForm form, BindingResult errors,
			RedirectAttributes redirect) {
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				Book book = catalogue.addBook(center.id(), form.details(), form.getCopies());
				redirect.addFlashAttribute(Actions.NOTICE, "library.notice.bookAdded");
				return "redirect:/admin/library/books/" + book.getId() + "?center=" + center.id();
			}
			catch (Refusal ex) {
				errors.rejectValue("isbn", ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		return "library/admin/new";
	}

	/**
	 * The ISBN typed so far looked up in the other centers' catalogues: the form comes back with what they say about
	 * the title filled in, for the staff member to check and save; nothing is saved here.
	 */
	@PostMapping("/books/new/lookup")
	String lookUp(StaffCenter center, @ModelAttribute("bookForm") BookForm form, BindingResult errors, Model model) {
		Optional<String> isbn = Isbn.parse(form.getIsbn());
		if (isbn.isEmpty()) {
			errors.rejectValue("isbn", "library.error.isbn");
		}
		else if (catalogue.has(center.id(), isbn.get())) {
			errors.rejectValue("isbn", "library.error.isbnTaken", new Object[] { isbn.get() }, "library.error.isbnTaken");
		}
		else {
			Optional<BookDetails> found = catalogue.describedElsewhere(center.id(), isbn.get());
			found.ifPresent(details -> form.prefill(isbn.get(), details));
			model.addAttribute(Actions.NOTICE, found.isPresent() ? "library.notice.prefilled" : "library.notice.notFoundElsewhere");
		}
		return "library/admin/new";
	}

	@GetMapping("/books/{id}")
	String book(StaffCenter center, @PathVariable long id, Model model) {
		model.addAttribute("book", queries.book(center.id(), id));
		return "library/admin/book";
	}

	@PostMapping("/books/{id}/copies")
	String addCopy(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, bookPath(center, id), "library.notice.copyAdded", "library.error.race",
				() -> catalogue.addCopy(center.id(), id));
	}

	@PostMapping("/books/{id}/cover")
	String cover(StaffCenter center, @PathVariable long id, @RequestParam(required = false) MultipartFile cover,
			RedirectAttributes redirect) {
		byte[] bytes;
		try {
			bytes = cover == null ? new byte[0] : cover.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Actions.run(redirect, bookPath(center, id), "library.notice.coverSaved",
				() -> catalogue.showCover(center.id(), id, bytes));
	}

	@PostMapping("/books/{id}/copies/{copyId}/lost")
	String lost(StaffCenter center, @PathVariable long id, @PathVariable long copyId, RedirectAttributes redirect) {
		return Actions.run(redirect, bookPath(center, id), "library.notice.markedLost", "library.error.race",
				() -> lending.markLost(center.id(), copyId));
	}

	@PostMapping("/books/{id}/copies/{copyId}/withdraw")
	String withdraw(StaffCenter center, @PathVariable long id, @PathVariable long copyId, RedirectAttributes redirect) {
		return Actions.run(redirect, bookPath(center, id), "library.notice.withdrawn", "library.error.race",
				() -> lending.withdraw(center.id(), copyId));
	}

	@GetMapping("/rules")
	String rules(StaffCenter center, Model model) {
		model.addAttribute("rulesForm", RulesForm.of(catalogue.rulesOf(center.id())));
		return "library/admin/rules";
	}

	@PostMapping("/rules")
	String saveRules(StaffCenter center, @Valid @ModelAttribute("rulesForm") RulesForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "library/admin/rules";
		}
		catalogue.changeRules(center.id(), form);
		redirect.addFlashAttribute(Actions.NOTICE, "library.notice.rulesSaved");
		return "redirect:/admin/library/rules?center=" + center.id();
	}

	private static String bookPath(StaffCenter center, long id) {
		return "/admin/library/books/" + id + "?center=" + center.id();
	}
}
