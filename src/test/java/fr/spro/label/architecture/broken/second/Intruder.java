package fr.spro.label.architecture.broken.second;

import fr.spro.label.architecture.broken.first.internal.Hidden;

/** Module "second" reaching into module "first"'s internals on purpose (test fixture). */
public class Intruder {
    Hidden hidden = new Hidden();
}
