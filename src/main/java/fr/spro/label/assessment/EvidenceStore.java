package fr.spro.label.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps evidence files in GridFS (bucket {@code evidence}) after checking them: a PDF, PNG or
 * JPEG recognised by its first bytes whatever its name, of at most 10 MB. Files are stored under
 * their SHA-256, so storing the same content again returns the same reference and writes nothing:
 * imports stay idempotent and a file shared by many answers is kept once.
 */
@Service
public class EvidenceStore {

    /** 10 MB: the largest evidence file accepted. */
    public static final long MAX_SIZE = 10L * 1024 * 1024;
    static final String BUCKET = "evidence";

    private final MongoDatabaseFactory databases;

    public EvidenceStore(MongoDatabaseFactory databases) {
        this.databases = databases;
    }

    /** The refusal a file of that size gets before its bytes are even read, if any. */
    public static Optional<EvidenceRefused.Code> checkSize(long size) {
        if (size == 0) {
            return Optional.of(EvidenceRefused.Code.EVIDENCE_EMPTY);
        }
        return size > MAX_SIZE ? Optional.of(EvidenceRefused.Code.EVIDENCE_TOO_LARGE) : Optional.empty();
    }

    /**
     * Stores the file (or finds it already stored) and returns the reference to attach to an answer.
     *
     * @throws EvidenceRefused when the file is empty, too large or not a PDF, PNG or JPEG
     */
    public EvidenceRef store(String fileName, byte[] content) {
        Optional<EvidenceRefused.Code> refusal = checkSize(content.length);
        if (refusal.isPresent()) {
            throw new EvidenceRefused(refusal.get());
        }
        String contentType = contentTypeOf(content)
                .orElseThrow(() -> new EvidenceRefused(EvidenceRefused.Code.EVIDENCE_TYPE));
        String sha256 = sha256(content);
        GridFSBucket bucket = bucket();
        if (bucket.find(Filters.eq("_id", sha256)).first() == null) {
            upload(bucket, sha256, fileName, contentType, content);
        }
        return EvidenceRef.file(sha256, fileName, contentType, content.length, sha256);
    }

    /** A stored file by its id ({@link EvidenceRef#fileId()}), for download. */
    public Optional<StoredEvidence> open(String fileId) {
        GridFSBucket bucket = bucket();
        GridFSFile file = bucket.find(Filters.eq("_id", fileId)).first();
        if (file == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream((int) file.getLength());
        bucket.downloadToStream(new BsonString(fileId), content);
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        return Optional.of(new StoredEvidence(fileId, file.getFilename(), metadata.getString("contentType"),
                file.getLength(), metadata.getString("sha256"), content.toByteArray()));
    }

    /** The type a file's first bytes announce, among those accepted as evidence. */
    public static Optional<String> contentTypeOf(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private void upload(GridFSBucket bucket, String sha256, String fileName, String contentType, byte[] content) {
        GridFSUploadOptions options = new GridFSUploadOptions()
                .metadata(new Document("contentType", contentType).append("sha256", sha256));
        try {
            bucket.uploadFromStream(new BsonString(sha256), fileName, new ByteArrayInputStream(content), options);
        } catch (MongoWriteException e) {
            // Another import stored the same content at the same moment: it is there, as wanted.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(databases.getMongoDatabase(), BUCKET);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
