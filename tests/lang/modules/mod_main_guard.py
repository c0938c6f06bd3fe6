# Helper module with an if __name__ == "__main__" block that must not run on import
ran_main = False

def main():
    global ran_main
    ran_main = True
    print('main ran')

if __name__ == '__main__':
    main()
