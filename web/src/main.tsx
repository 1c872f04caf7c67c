import { render } from 'preact'
import { App } from './App'
import './style.css'

const root = document.getElementById('app')!
root.textContent = '' // the page's own "加载中…", shown until the script runs
render(<App />, root)
