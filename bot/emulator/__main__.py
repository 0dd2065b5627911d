from bot.emulator.server import main

raise SystemExit(main())
