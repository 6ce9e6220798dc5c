package org.plumbline.export.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list: its items, where it stands and links to its neighbours (paths with
 * their query, relative to the site, so that no request header chooses their host).
 *
 * @param page the page's number, 1 for the first
 * @param total how many items the whole list has
 */
record ApiPage<T>(List<T> items, int page, int size, int total, Links links) {

	@Schema(name = "PageLinks")
	record Links(String self, String first, String last, @Schema(nullable = true) String prev,
			@Schema(nullable = true) String next) {
	}

	/** The page of a whole list that a request asks for. */
	static <T> ApiPage<T> of(List<T> all, Paging paging, String path) {
		int from = (int) Math.min(paging.offset(), all.size());
		int to = Math.min(from + paging.size(), all.size());
		return of(new Slice<>(all.subList(from, to), all.size()), paging, path);
	}

	/** The page a request asks for, of a list read one page at a time. */
	static <T> ApiPage<T> of(Slice<T> slice, Paging paging, String path) {
		int total = slice.total();
		int last = Math.max(1, (total + paging.size() - 1) / paging.size());
		Links links = new Links(link(path, paging.page(), paging.size()), link(path, 1, paging.size()),
				link(path, last, paging.size()),
				paging.page() > 1 ? link(path, Math.min(paging.page() - 1, last), paging.size()) : null,
				paging.page() < last ? link(path, paging.page() + 1, paging.size()) : null);
		return new ApiPage<>(List.copyOf(slice.items()), paging.page(), paging.size(), total, links);
	}

	/**
	 * The items of one page of a list, with how many the whole list has.
	 */
	record Slice<T>(List<T> items, int total) {
	}

	private static String link(String path, int page, int size) {
		return path + "?page=" + page + "&size=" + size;
	}

	/**
	 * The page and size a request asks for.
	 */
	record Paging(int page, int size) {

		static final int MAX_SIZE = 100;

		/**
		 * @throws ApiProblem if the page is below 1 or the size outside 1 to
		 * {@value #MAX_SIZE}
		 */
		static Paging of(int page, int size) {
			if (page < 1) {
				throw ApiProblem.badParameter("page", "page must be 1 or more, not " + page + ".");
			}
			if (size < 1 || size > MAX_SIZE) {
				throw ApiProblem.badParameter("size", "size must be from 1 to " + MAX_SIZE + ", not " + size + ".");
			}
			return new Paging(page, size);
		}

		/** How many items of the list come before the page. */
		long offset() {
			return (long) (page - 1) * size;
		}

	}

}
