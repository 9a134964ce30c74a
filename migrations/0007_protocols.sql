CREATE TABLE `protocol_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`anchor_start` text NOT NULL,
	`anchor_end` text NOT NULL,
	`quote` text NOT NULL,
	`text` text NOT NULL,
	`author_id` integer NOT NULL,
	`resolved_by_id` integer,
	`resolved_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protocol_comments_meeting` ON `protocol_comments` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `protocol_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`update` blob NOT NULL,
	`user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protocol_updates_meeting` ON `protocol_updates` (`meeting_id`,`id`);--> statement-breakpoint
CREATE TABLE `protocol_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`state` blob NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protocol_versions_meeting` ON `protocol_versions` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `protocols` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`snapshot` blob,
	`snapshot_update_id` integer DEFAULT 0 NOT NULL,
	`generated_at` integer,
	`finalised_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- A finalised protocol refuses every edit, from everyone (administrators and the sqlite3 shell included).
CREATE TRIGGER `protocol_updates_finalised` BEFORE INSERT ON `protocol_updates`
WHEN (SELECT `finalised_at` FROM `protocols` WHERE `meeting_id` = NEW.`meeting_id`) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the protocol is finalised'); END;
