package fr.spro.label.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface LabelActs extends MongoRepository<LabelAct, String> {

    /** Acts are rare (a few per labelled structure over years): a page of structures' acts in one query. */
    List<LabelAct> findByStructureIdIn(Collection<String> structureIds);
}
