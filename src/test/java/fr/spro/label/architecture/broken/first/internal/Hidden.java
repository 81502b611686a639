package fr.spro.label.architecture.broken.first.internal;

/** Internal to module "first": other modules must not use it (test fixture). */
public class Hidden {
}
