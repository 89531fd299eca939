// A worker that cannot start (a broken install): the pool must give up instead of respawning forever.
throw new Error('cannot load');
