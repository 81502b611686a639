package fr.spro.label.backoffice;

import jakarta.validation.constraints.NotBlank;

/** What the form to launch a campaign's evaluation posts: the campaign, which must exist (the controller asks the campaigns). */
record LaunchForm(@NotBlank(message = "{backoffice.job.campaign.required}") String campaign) {
}
