/*
 * Follows a campaign job live on its back-office page (progressive enhancement: without this
 * script the page shows the state it was loaded with, and its "refresh" link reloads it).
 * Polls the JSON of /back-office/jobs/{id} (same session as the page), updates the <progress>
 * bar and the texts, and stops once the job has ended. Only the status line is a live region,
 * and it changes only when the step or the state changes, so screen readers are not flooded.
 */
(function () {
    'use strict';

    var POLL_MS = 1000;
    var job = document.getElementById('job');
    if (!job || job.getAttribute('data-running') !== 'true' || !window.fetch) {
        return;
    }
    var url = job.getAttribute('data-progress-url');
    var labels = {};
    document.querySelectorAll('#job-labels [data-key]').forEach(function (item) {
        labels[item.getAttribute('data-key')] = item.textContent;
    });

    function fill(template, values) {
        return template.replace(/\{(\d+)\}/g, function (whole, index) {
            return String(values[Number(index)]);
        });
    }

    function setText(id, text) {
        var element = document.getElementById(id);
        if (element && element.textContent !== text) {
            element.textContent = text;
        }
    }

    function showBar(progress) {
        var bar = document.getElementById('job-progress');
        if (progress.total > 0) {
            var done = Math.min(progress.done, progress.total);
            bar.max = progress.total;
            bar.value = done;
            bar.textContent = fill(job.getAttribute('data-counts'), [done, progress.total]);
            setText('job-counts', fill(job.getAttribute('data-counts'), [done, progress.total]));
        }
    }

    function show(progress) {
        showBar(progress);
        setText('job-state', labels['status.' + progress.status] || labels['status.UNKNOWN']);
        setText('job-step', labels['step.' + progress.step] || labels['step.none']);
        setText('job-rejections', fill(job.getAttribute('data-rejections'), [progress.skipped + progress.importRejected]));
        var ended = progress.endTime !== null && progress.endTime !== undefined;
        if (ended) {
            var refresh = document.getElementById('job-refresh');
            if (refresh) {
                refresh.hidden = true;
            }
            if (progress.status === 'COMPLETED') {
                document.getElementById('job-done').hidden = false;
            } else {
                // a failure is explained by the page itself: load it once more
                window.location.reload();
            }
        }
        return ended;
    }

    function poll() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
            .then(function (response) {
                if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('json') < 0) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (progress) {
                if (!show(progress)) {
                    window.setTimeout(poll, POLL_MS);
                }
            })
            .catch(function () {
                setText('job-step', job.getAttribute('data-poll-error'));
            });
    }

    window.setTimeout(poll, POLL_MS);
}());
