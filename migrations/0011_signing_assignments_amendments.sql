CREATE TABLE `protocol_circulations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`final_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`outbox_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`final_id`) REFERENCES `protocol_finals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `protocol_circulations_once` ON `protocol_circulations` (`final_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `protocol_exports` (
	`sha256` text PRIMARY KEY NOT NULL,
	`final_id` integer NOT NULL,
	`format` text NOT NULL,
	`signatures` integer NOT NULL,
	`file_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`final_id`) REFERENCES `protocol_finals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protocol_exports_final` ON `protocol_exports` (`final_id`);--> statement-breakpoint
CREATE TABLE `protocol_finals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`number` integer NOT NULL,
	`canonical` text NOT NULL,
	`sha256` text NOT NULL,
	`quorate` integer NOT NULL,
	`finalised_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `protocol_finals_number` ON `protocol_finals` (`meeting_id`,`number`);--> statement-breakpoint
CREATE INDEX `protocol_finals_sha256` ON `protocol_finals` (`sha256`);--> statement-breakpoint
CREATE TABLE `protocol_signatures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`final_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`signed_name` text NOT NULL,
	`capacity` text NOT NULL,
	`side_id` integer NOT NULL,
	`text_sha256` text NOT NULL,
	`signature` text NOT NULL,
	`key_id` text NOT NULL,
	`signed_at` integer NOT NULL,
	FOREIGN KEY (`final_id`) REFERENCES `protocol_finals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `protocol_signatures_once` ON `protocol_signatures` (`final_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `protocol_signatures_meeting` ON `protocol_signatures` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `library_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`section_id` integer NOT NULL,
	`passage` text DEFAULT '' NOT NULL,
	`current_wording` text NOT NULL,
	`proposed_wording` text NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`author_id` integer NOT NULL,
	`side_id` integer,
	`decision` text,
	`accepted_wording` text,
	`decision_comment` text DEFAULT '' NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `library_editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `library_sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `library_amendments_edition` ON `library_amendments` (`edition_id`);--> statement-breakpoint
CREATE TABLE `library_edition_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	`format` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `library_editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `library_edition_files_edition` ON `library_edition_files` (`edition_id`);--> statement-breakpoint
CREATE TABLE `assignment_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`file_id` integer,
	`author_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_reports_assignment` ON `assignment_reports` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`final_id` integer NOT NULL,
	`decision_key` text NOT NULL,
	`decision_text` text NOT NULL,
	`text` text NOT NULL,
	`assignee_kind` text NOT NULL,
	`assignee_user_id` integer,
	`assignee_side_id` integer,
	`assignee_organisation_id` integer,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`done_at` integer,
	`accepted_at` integer,
	`reminded_due_soon_at` integer,
	`reminded_overdue_at` integer,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`final_id`) REFERENCES `protocol_finals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_side_id`) REFERENCES `sides`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_body` ON `assignments` (`body_id`,`status`);--> statement-breakpoint
CREATE INDEX `assignments_final` ON `assignments` (`final_id`);--> statement-breakpoint
ALTER TABLE `protocols` ADD `current_final_id` integer;--> statement-breakpoint
ALTER TABLE `library_documents` ADD `source_final_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `library_documents_source_final` ON `library_documents` (`source_final_id`);--> statement-breakpoint
ALTER TABLE `library_editions` ADD `amendments_until` integer;--> statement-breakpoint
ALTER TABLE `library_editions` ADD `from_edition_id` integer;--> statement-breakpoint
-- Issue 10: final texts, signatures, exports and named versions are append-only; a signature is over its final's text.
CREATE TRIGGER `protocol_finals_no_update` BEFORE UPDATE ON `protocol_finals`
BEGIN SELECT RAISE(ABORT, 'protocol finals are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_finals_no_delete` BEFORE DELETE ON `protocol_finals`
BEGIN SELECT RAISE(ABORT, 'protocol finals are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_signatures_no_update` BEFORE UPDATE ON `protocol_signatures`
BEGIN SELECT RAISE(ABORT, 'protocol signatures are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_signatures_no_delete` BEFORE DELETE ON `protocol_signatures`
BEGIN SELECT RAISE(ABORT, 'protocol signatures are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_signatures_same_text` BEFORE INSERT ON `protocol_signatures`
WHEN NEW.`text_sha256` IS NOT (SELECT `sha256` FROM `protocol_finals` WHERE `id` = NEW.`final_id`)
BEGIN SELECT RAISE(ABORT, 'a signature must be over its final text'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_versions_no_update` BEFORE UPDATE ON `protocol_versions`
BEGIN SELECT RAISE(ABORT, 'protocol versions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_versions_no_delete` BEFORE DELETE ON `protocol_versions`
BEGIN SELECT RAISE(ABORT, 'protocol versions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_exports_no_update` BEFORE UPDATE ON `protocol_exports`
BEGIN SELECT RAISE(ABORT, 'protocol exports are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `protocol_exports_no_delete` BEFORE DELETE ON `protocol_exports`
BEGIN SELECT RAISE(ABORT, 'protocol exports are append-only'); END;
