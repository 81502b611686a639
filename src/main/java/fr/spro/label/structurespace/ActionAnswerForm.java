package fr.spro.label.structurespace;

import org.springframework.web.multipart.MultipartFile;

/** What the form of one action-plan item posts. */
class ActionAnswerForm {

    private String response;
    private String link;
    private MultipartFile file;
    private boolean done;

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
