CREATE TABLE `registration_letters` (
	`registration_id` integer NOT NULL,
	`outbox_id` integer NOT NULL,
	PRIMARY KEY(`registration_id`, `outbox_id`),
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `registrations_one_per_email`;--> statement-breakpoint
ALTER TABLE `registrations` ADD `erased_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_one_per_email` ON `registrations` (`body_id`,`email_key`) WHERE "registrations"."erased_at" is null;--> statement-breakpoint
ALTER TABLE `conferences` ADD `personal_data_retention_days` integer DEFAULT 90 NOT NULL;