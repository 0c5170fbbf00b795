"""Actor resolution: who an actor is, which country, sector and role."""
