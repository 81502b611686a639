package fr.spro.label.structurespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the self-assessment form posts, keyed by question code: {@code answers[free_of_charge]},
 * {@code comments[...]}, {@code links[...]} (a new https link), {@code files[...]} (a new file),
 * and {@code removed} ({@code <code>:<index>} of each stored piece of evidence to remove).
 */
class AssessmentForm {

    static final String SAVE_DRAFT = "draft";
    static final String REVIEW = "review";

    private Map<String, String> answers = new HashMap<>();
    private Map<String, String> comments = new HashMap<>();
    private Map<String, String> links = new HashMap<>();
    private Map<String, MultipartFile> files = new HashMap<>();
    private List<String> removed = new ArrayList<>();
    private String action = SAVE_DRAFT;

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public void setComments(Map<String, String> comments) {
        this.comments = comments;
    }

    public Map<String, String> getLinks() {
        return links;
    }

    public void setLinks(Map<String, String> links) {
        this.links = links;
    }

    public Map<String, MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(Map<String, MultipartFile> files) {
        this.files = files;
    }

    public List<String> getRemoved() {
        return removed;
    }

    public void setRemoved(List<String> removed) {
        this.removed = removed;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    boolean wantsReview() {
        return REVIEW.equals(action);
    }
}
