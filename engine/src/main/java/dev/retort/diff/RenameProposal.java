package dev.retort.diff;

/** A drop and an add that look like one rename; Retort never applies it unconfirmed. */
public record RenameProposal(RenameHint rename, String why) {

    @Override
    public String toString() {
        return rename + " (" + why + ")";
    }
}
