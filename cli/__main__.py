from zhtext.cli.main import main

main()
