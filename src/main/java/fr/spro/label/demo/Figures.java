package fr.spro.label.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The activity figures of one synthetic structure, as the cells of its {@code activity} row. */
final class Figures {

    private final Map<String, String> cells = new LinkedHashMap<>();

    private Figures() {
    }

    /** Figures that meet every threshold of the default referential, with some spread. */
    static Figures conforming(int campaign, Random random) {
        Figures figures = new Figures();
        int people = 200 + random.nextInt(2800);
        double fte = 1 + random.nextInt(15) * 0.5;
        int received = random.nextInt(9);
        figures.set("people_received", people);
        figures.set("advisers_fte", decimal(fte));
        figures.set("opening_hours_per_week", decimal(24 + random.nextInt(33) * 0.5));
        figures.set("weeks_closed", random.nextInt(4));
        figures.set("first_appointment_delay_days", 2 + random.nextInt(9));
        figures.set("info_resources_updated_on", LocalDate.of(campaign, 1 + random.nextInt(11), 1 + random.nextInt(28)));
        figures.set("personalised_advice_sessions", people * (6 + random.nextInt(7)) / 10);
        figures.set("referrals_to_members", 1 + random.nextInt(80));
        figures.set("territorial_meetings_held", 4);
        figures.set("territorial_meetings_attended", 3 + random.nextInt(2));
        figures.set("inspiring_practice_sessions", 1 + random.nextInt(5));
        figures.set("co_constructed_actions", 1 + random.nextInt(6));
        figures.set("local_partnerships", 1 + random.nextInt(12));
        figures.set("professionalisation_participations", Math.max(2, (int) Math.ceil(fte / 2)) + random.nextInt(3));
        figures.set("sector_webinars_attended", 3 + random.nextInt(7));
        figures.set("satisfaction_respondents", 10 + random.nextInt(390));
        figures.set("satisfaction_rate", decimal(80 + random.nextInt(37) * 0.5));
        figures.set("complaints_received", received);
        figures.set("complaints_answered_30d", received);
        figures.set("company_events", 1 + random.nextInt(12));
        return figures;
    }

    void set(String column, Object value) {
        cells.put(column, String.valueOf(value));
    }

    /** The row: key first, then the figures in format order. */
    Object[] cells(String structureId, int campaign) {
        Object[] row = new Object[cells.size() + 2];
        row[0] = structureId;
        row[1] = campaign;
        int i = 2;
        for (String value : cells.values()) {
            row[i++] = value;
        }
        return row;
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
