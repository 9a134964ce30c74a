CREATE TABLE `guest_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`proposed_by_id` integer NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`organisation_id` integer,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer,
	`decline_reason` text,
	`guest_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`guest_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_proposals_meeting` ON `guest_proposals` (`meeting_id`,`status`);--> statement-breakpoint
CREATE TABLE `material_digest_queue` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`material_id` integer NOT NULL,
	`event` text NOT NULL,
	`queued_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`material_id`) REFERENCES `materials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `material_digest_pending` ON `material_digest_queue` (`sent_at`,`meeting_id`);--> statement-breakpoint
ALTER TABLE `bodies` DROP COLUMN `drafts_open_to_all_sides`;