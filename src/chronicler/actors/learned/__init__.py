"""The learned actor-sector model (issue 6, session 13): features, model and the hook the actors stage calls."""
