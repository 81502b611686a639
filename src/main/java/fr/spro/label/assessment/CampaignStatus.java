package fr.spro.label.assessment;

/** Whether structures may still enter or change data for a campaign. */
public enum CampaignStatus {
    OPEN, CLOSED
}
