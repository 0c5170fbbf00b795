"""The web page served at ``/`` by ``chronicler serve``: static HTML/CSS/JS in ``static/`` (no build step)."""
