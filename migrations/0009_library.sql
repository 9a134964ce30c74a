CREATE TABLE `library_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	`adoption_reference` text DEFAULT '' NOT NULL,
	`adopted_on` text,
	`countries` text DEFAULT '[]' NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`language` text DEFAULT 'ru' NOT NULL,
	`body_id` integer,
	`visibility` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `library_documents_body` ON `library_documents` (`body_id`);--> statement-breakpoint
CREATE INDEX `library_documents_created` ON `library_documents` (`created_at`);--> statement-breakpoint
CREATE TABLE `library_editions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`adopted_on` text,
	`superseded_on` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `library_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_editions_number` ON `library_editions` (`document_id`,`number`);--> statement-breakpoint
CREATE TABLE `library_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`position` integer NOT NULL,
	`level` integer NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`heading` text DEFAULT '' NOT NULL,
	`anchor` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`footnotes` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `library_editions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_sections_position` ON `library_sections` (`edition_id`,`position`);