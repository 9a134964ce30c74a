-- The library's search index (issue 11; STACK.md §10, §27). One row per section of each document's current
-- edition, rowid = library_sections.id. The columns hold snowball stems of the heading and the text, one per
-- word in order, so bm25 ranks forms of one word together; the original text stays in library_sections and
-- snippets are built from it in JS. Contentless: the stems are never read back, only matched.
CREATE VIRTUAL TABLE `library_search` USING fts5(
  `heading`, `body`,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
