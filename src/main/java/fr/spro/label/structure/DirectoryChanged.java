package fr.spro.label.structure;

import java.util.List;

/**
 * Published after the directory records of these structures were written in bulk (an import),
 * which no store event reports: whoever shows a structure's name, address, territory or network
 * (the public registry) refreshes it.
 */
public record DirectoryChanged(List<String> structureIds) {

    public DirectoryChanged {
        structureIds = List.copyOf(structureIds);
    }
}
